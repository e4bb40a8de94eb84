# Sourced by the GPU checks (device-check.sh, models-check.sh) from the repository root: unpacks the carried bundle
# (scripts/gpu/bundle.sh) under /tmp/gs, prints the machine, builds DJL 0.36.0's JNI against the machine's own
# PyTorch, points DJL at it, and defines cl TIMEOUT ARGS... to run the CLI. Exits 3 when the JNI did not build and
# 4 when DJL sees no GPU. Logs go under $OUT (default /tmp/out).
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
W=/tmp/gs; rm -rf $W; mkdir -p $W; tar -xJf .gpu/bundle.tar.xz -C $W
JAVA=$W/jre/bin/java
echo "== machine"; nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc
command -v java || echo "no system java; using the carried jlink JRE"; $JAVA -version 2>&1 | head -1
python3 -c 'import torch;print("torch",torch.__version__,"cuda",torch.version.cuda,"available",torch.cuda.is_available(),"cxx11abi",torch.compiled_with_cxx11_abi())'
TORCH=$(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__))')
TL=$TORCH/lib
NVD=$(python3 -c 'import nvidia;print(list(nvidia.__path__)[0])' 2>/dev/null || echo /nonexistent)
LIBDIRS=$(find "$NVD" -maxdepth 3 -type d -name lib 2>/dev/null | tr '\n' ':')
CUDART=$(find "$NVD" /usr/local/cuda/lib64 -name 'libcudart.so*' 2>/dev/null | head -1)
mkdir -p $W/cudart; ln -sf "$CUDART" $W/cudart/libcudart.so
echo "libtorch: $TL"; echo "cudart: $CUDART"
export LD_LIBRARY_PATH=$W/cudart:$TL:${LIBDIRS}/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
export PYTORCH_LIBRARY_PATH=$TL PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu128
export CAMPAIGN_LAB_HOME=$W/home DJL_CACHE_DIR=$W/djl
JNIDIR=$DJL_CACHE_DIR/pytorch/2.7.1-cu128-linux-x86_64
ABI=$(python3 -c 'import torch;print(int(torch.compiled_with_cxx11_abi()))')

# Build DJL 0.36.0's JNI from source against this torch.
(
  S=$W/djlsrc/engines/pytorch/pytorch-native; cd $S; date; g++ --version | head -1
  build() { rm -rf obj; mkdir -p obj; ls src/main/native/*.cc | xargs -P 16 -I{} sh -c 'g++ -c -O2 -fPIC -std='$1' -D_GLIBCXX_USE_CXX11_ABI='$ABI' -w \
    -I'$TORCH'/include -I'$TORCH'/include/torch/csrc/api/include -I'$W'/jni-include -I'$W'/jni-include/linux \
    -Ibuild/include -I'$W'/djlsrc/api/src/main/native {} -o obj/$(basename {} .cc).o 2>&1 | head -c 3000'; \
    [ $(ls obj/*.o | wc -l) -eq $(ls src/main/native/*.cc | wc -l) ]; }
  { build c++17 || { echo "== retry with c++20"; build c++20; }; } \
  && g++ -shared -o libdjl_torch.so obj/*.o -L$TL -ltorch -ltorch_cpu -lc10 -Wl,-rpath,'$ORIGIN' \
  && echo BUILD_OK; date
) > $OUT/jni-build.log 2>&1 &
BUILD=$!  # in the background while nothing else runs; waited for below

cl() { timeout "$1" $JAVA -Xmx16g -Dai.djl.offline=true -Djna.library.path=$W/cudart -cp "$W/jars/app-0.1.0-SNAPSHOT.jar:$W/jars/lib/*" io.campaignlab.app.CampaignLab "${@:2}"; }

echo "== JNI built here from DJL v0.36.0 source against this torch"
wait $BUILD; tail -30 $OUT/jni-build.log
mkdir -p $JNIDIR
cp $W/djlsrc/engines/pytorch/pytorch-native/libdjl_torch.so $JNIDIR/0.36.0-libdjl_torch.so || exit 3
ldd -r $JNIDIR/0.36.0-libdjl_torch.so 2>&1 | grep -c 'undefined symbol'
cl 120 device --json 2>&1 | tail -15 | tee $OUT/device-built.txt
grep -q '"gpu_count":[1-9]' $OUT/device-built.txt || exit 4
